"""The ORM model: Django and SQLAlchemy models, their relations and indexes, and queryset shapes.

Per file, `extract.model_facts` reduces model classes to picklable `schema.ModelFacts` and
`querysets.queryset_shape` tells what a queryset or `select()` expression loads; in a project
rule's `finish`, `index.OrmIndex` joins every file's models into one graph (forward and reverse
relations, inherited fields, indexes). Framework knowledge lives in `frameworks/orm_apis.py`.
"""
