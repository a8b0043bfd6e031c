"""The schema as SQLModel tables: the declaration Alembic's migrations are checked against.

Dates are ISO strings (YYYY-MM-DD) and timestamps ISO strings (YYYY-MM-DDTHH:MM:SS): they sort as
text, compare the same on SQLite and PostgreSQL, and read back without conversion on the light path.
"""

from __future__ import annotations

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class Debate(SQLModel, table=True):
    """A debate; one that follows a Kamer activity (Activiteit) has its id, number, time and status
    (planned, held, cancelled, moved; '' for a debate recorded by hand)."""

    __tablename__ = "debate"
    # SQLite: AUTOINCREMENT, so a deleted debate's number is never handed out again (migration 0012).
    __table_args__ = (UniqueConstraint("external_id", name="uq_debate_external_id"), {"sqlite_autoincrement": True})
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="")
    title: str
    date: str | None = Field(default=None, index=True)
    committee: str | None = None
    source_url: str | None = None
    source_text: str | None = None
    created_at: str
    external_id: str | None = None
    number: str | None = Field(default=None, index=True)
    time: str | None = None
    status: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Actor(SQLModel, table=True):
    __tablename__ = "actor"
    __table_args__ = (UniqueConstraint("name", "party", "role", "ministry", name="uq_actor_identity"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    party: str = Field(default="", index=True)
    role: str = Field(default="member")
    ministry: str = Field(default="", index=True)


class DebateActor(SQLModel, table=True):
    """Who took part in a debate (members, cabinet, organisations named)."""

    __tablename__ = "debate_actor"
    debate_id: int = Field(foreign_key="debate.id", primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", primary_key=True, index=True)


class Item(SQLModel, table=True):
    __tablename__ = "item"
    __table_args__ = (
        Index("ix_item_status_due_open", "status", "due", "deleted", "hide_until", "event", "recurrence"),
        Index("ix_item_kind_status", "kind", "status"),
        Index("ix_item_updated", "updated_at"),
        {"sqlite_autoincrement": True},  # an item's number is never handed out again (migration 0012)
    )
    id: int | None = Field(default=None, primary_key=True)
    kind: str
    status: str
    title: str
    text: str = Field(default="")
    debate_id: int | None = Field(default=None, foreign_key="debate.id", index=True)
    due: str | None = Field(default=None, index=True)
    due_phrase: str | None = None
    due_precision: str = Field(default="none")
    due_explanation: str | None = None
    due_estimated: bool = Field(default=False)
    due_ref: str | None = None  # the day the phrase was read against (migration 0008)
    due_from_debate: bool = Field(default=False)  # the phrase counts from the debate's date
    recurrence: str | None = None
    # A meeting on its date (a debate, the votes), not something due by it: never late (migration 0010).
    event: bool = Field(default=False)
    # The cabinet's appreciation of a motion ("Ontraden", "Oordeel Kamer", ...: kinds.APPRECIATIONS; migration 0011).
    appreciation: str | None = None
    scheduled: str | None = Field(default=None, index=True)
    hide_until: str | None = None
    priority: str = Field(default="normaal")
    owner: str | None = Field(default=None, index=True)
    stance: str | None = None
    next_action: str | None = None
    source: str = Field(default="user")
    external_id: str | None = Field(default=None, unique=True)
    raw_status: str | None = None
    status_unknown: bool = Field(default=False)
    register_deleted: bool = Field(default=False)
    deleted: bool = Field(default=False)
    version: int = Field(default=1)
    created_at: str
    updated_at: str


class ItemActor(SQLModel, table=True):
    __tablename__ = "item_actor"
    item_id: int = Field(foreign_key="item.id", primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", primary_key=True, index=True)
    relation: str = Field(default="")
    position: int = Field(default=0)


class Topic(SQLModel, table=True):
    __tablename__ = "topic"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class ItemTopic(SQLModel, table=True):
    __tablename__ = "item_topic"
    item_id: int = Field(foreign_key="item.id", primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", primary_key=True, index=True)


class Note(SQLModel, table=True):
    __tablename__ = "note"
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)
    text: str
    author: str
    created_at: str


class Link(SQLModel, table=True):
    __tablename__ = "link"
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)
    url: str
    label: str = Field(default="")


class RegisterRef(SQLModel, table=True):
    __tablename__ = "register_ref"
    __table_args__ = (UniqueConstraint("item_id", "value", name="uq_register_ref"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)
    scheme: str
    value: str = Field(index=True)


class Reminder(SQLModel, table=True):
    __tablename__ = "reminder"
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)
    at: str | None = Field(default=None, index=True)
    offset_days: int | None = None
    sent_at: str | None = None
    dismissed_at: str | None = None
    snoozed_until: str | None = None
    created_at: str


class OpLog(SQLModel, table=True):
    __tablename__ = "oplog"
    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(index=True)
    who: str
    source: str = Field(default="user")
    item_id: int | None = Field(default=None, index=True)
    entity: str = Field(default="item")
    action: str
    changes: str = Field(default="{}")
    undone: bool = Field(default=False)
    undoes: int | None = None


# -- the Tweede Kamer register mirror (migration 0002) ------------------------------------------


class RegisterRecord(SQLModel, table=True):
    """A register record (commitment or motion) as last seen in open data, with its triage state.

    `record` is our mapped form (JSON), the merge base for the next sync; `raw` keeps the register's
    own JSON so nothing the mapping does not know yet is lost."""

    __tablename__ = "register_record"
    __table_args__ = (Index("ix_register_record_triage", "triage", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(unique=True)
    category: str
    kind: str
    number: str = Field(default="", index=True)
    kamerstuk: str | None = Field(default=None, index=True)
    title: str = Field(default="")
    text: str = Field(default="")
    raw_status: str | None = None
    status: str | None = None
    status_unknown: bool = Field(default=False)
    due: str | None = None
    ministry: str = Field(default="")
    committee: str = Field(default="")
    people: str = Field(default="")
    parties: str = Field(default="")
    changed_at: str | None = None
    deleted: bool = Field(default=False)
    record: str = Field(default="{}")
    raw: str = Field(default="{}")
    fingerprint: str = Field(default="")
    triage: str = Field(default="")
    rule_id: int | None = None
    item_id: int | None = Field(default=None, foreign_key="item.id", index=True)
    first_seen: str
    updated_at: str


class FollowRule(SQLModel, table=True):
    """What the user follows: every field given must match a register record (case-insensitive)."""

    __tablename__ = "follow_rule"
    id: int | None = Field(default=None, primary_key=True)
    ministry: str | None = None
    committee: str | None = None
    member: str | None = None
    party: str | None = None
    text: str | None = None
    created_at: str


class SyncState(SQLModel, table=True):
    """Where each register feed was left: a GewijzigdOp watermark or a SyncFeed skiptoken."""

    __tablename__ = "sync_state"
    name: str = Field(primary_key=True)
    position: str | None = None
    updated_at: str


class RegisterEntity(SQLModel, table=True):
    """A register entity as last received (any category: zaak, document, besluit, stemming, ...), its
    fields and references as JSON, so children that come later can be joined to their parents."""

    __tablename__ = "register_entity"
    category: str = Field(primary_key=True)
    external_id: str = Field(primary_key=True)
    changed_at: str | None = None
    deleted: bool = Field(default=False)
    fields: str = Field(default="{}")
    refs: str = Field(default="{}")
    updated_at: str


class RegisterEntityRef(SQLModel, table=True):
    """One reference of a register entity (element name -> target id), indexed by the target."""

    __tablename__ = "register_entity_ref"
    category: str = Field(primary_key=True)
    external_id: str = Field(primary_key=True)
    name: str = Field(primary_key=True)
    target: str = Field(primary_key=True, index=True)
