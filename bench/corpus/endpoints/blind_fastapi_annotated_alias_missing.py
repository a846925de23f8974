# corpus: vulnerable SEC214
"""Siblings take `user: CurrentUser` (an Annotated Depends alias); the PUT forgot it."""

from typing import Annotated

from fastapi import APIRouter, Depends

from .auth import get_current_user
from .models import Project, ProjectIn, User
from .repo import projects

CurrentUser = Annotated[User, Depends(get_current_user)]

router = APIRouter(prefix="/projects")


@router.get("/")
def list_projects(user: CurrentUser) -> list[Project]:
    return projects.for_owner(user.id)


@router.post("/")
def create_project(body: ProjectIn, user: CurrentUser) -> Project:
    return projects.create(owner_id=user.id, **body.model_dump())


@router.delete("/{project_id}")
def delete_project(project_id: int, user: CurrentUser) -> None:
    projects.delete_owned(project_id, user.id)


@router.put("/{project_id}")
def rename_project(project_id: int, body: ProjectIn) -> Project:
    return projects.update(project_id, name=body.name)
