"""Access control: authentication, authorization, object ownership and login throttling."""
