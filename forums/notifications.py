"""Emails to a topic's subscribers about new replies (being written)."""


def reply_posted(post):
    """Called once a published reply has been committed."""
