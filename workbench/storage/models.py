"""Tables of a Stegvis project file (SQLAlchemy 2 typed models).

Text positions (``Coding.start``/``Coding.end``) are code-point offsets into
``Document.text``, end exclusive. Deleting a document or code deletes its
codings; deleting a theme or group leaves its members ungrouped.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, relationship


def new_guid() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Now in UTC, stored without a time zone (SQLite keeps none), so records
    fresh from a service compare with records read back from the file."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the project file (format version, creation time...)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True, default=new_guid)
    name: Mapped[str] = mapped_column(String, unique=True)
    role: Mapped[str] = mapped_column(String, default="transcript")
    text: Mapped[str] = deferred(mapped_column(Text))
    characters: Mapped[int] = mapped_column(Integer, default=0)
    source_name: Mapped[str] = mapped_column(String, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    position: Mapped[int] = mapped_column(Integer, default=0)
    memo: Mapped[str] = mapped_column(Text, default="")
    #: The source's bold, italic and heading spans as JSON [[start, end, kind], ...].
    styles: Mapped[str] = deferred(mapped_column(Text, default="[]"))

    codings: Mapped[list[Coding]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    attributes: Mapped[list[DocumentAttribute]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DocumentAttribute.position"
    )


class DocumentAttribute(Base):
    """A case attribute of a document: "Kommunestørrelse" = "Mellomstor"."""

    __tablename__ = "document_attributes"
    __table_args__ = (UniqueConstraint("document_id", "name", name="uq_document_attributes_name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String)
    value: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Theme(Base):
    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True, default=new_guid)
    name: Mapped[str] = mapped_column(String)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(7), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")


class CodeGroup(Base):
    __tablename__ = "code_groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True, default=new_guid)
    name: Mapped[str] = mapped_column(String)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), nullable=True, index=True
    )
    is_rest: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(7), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")

    theme: Mapped[Theme | None] = relationship()


class Code(Base):
    __tablename__ = "codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True, default=new_guid)
    name: Mapped[str] = mapped_column(String)
    colour: Mapped[str] = mapped_column(String(7))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("code_groups.id", ondelete="SET NULL"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    group: Mapped[CodeGroup | None] = relationship()
    codings: Mapped[list[Coding]] = relationship(
        back_populates="code", cascade="all, delete-orphan", passive_deletes=True
    )


class Coding(Base):
    """A code applied to a passage: ``text[start:end]`` of a document."""

    __tablename__ = "codings"
    __table_args__ = (
        CheckConstraint("start >= 0 AND \"end\" > start", name="ck_codings_span"),
        Index("ix_codings_document_start", "document_id", "start"),
        Index("ix_codings_code", "code_id"),
        Index("ix_codings_code_document", "code_id", "document_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True, default=new_guid)
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    code: Mapped[Code] = relationship(back_populates="codings")
    document: Mapped[Document] = relationship(back_populates="codings")


class TestVerdict(Base):
    """The verdict and note of one of SDI's tests on one code, group or concept."""

    __test__ = False  # not a pytest test class
    __tablename__ = "test_verdicts"
    __table_args__ = (UniqueConstraint("test", "item_kind", "item_id", name="uq_test_verdicts_item"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    test: Mapped[str] = mapped_column(String)
    item_kind: Mapped[str] = mapped_column(String)
    item_id: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str | None] = mapped_column(String, nullable=True)
    answers: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Concept(Base):
    """SDI step 4: a concept the themes and groups point to."""

    __tablename__ = "concepts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True, default=new_guid)
    name: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    links: Mapped[list[ConceptLink]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ConceptLink.id"
    )


class ConceptLink(Base):
    __tablename__ = "concept_links"
    __table_args__ = (UniqueConstraint("concept_id", "item_kind", "item_id", name="uq_concept_links_item"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concept_id: Mapped[int] = mapped_column(ForeignKey("concepts.id", ondelete="CASCADE"), index=True)
    item_kind: Mapped[str] = mapped_column(String)
    item_id: Mapped[int] = mapped_column(Integer)


class Version(Base):
    """A named version: a compressed JSON snapshot of the whole project."""

    __tablename__ = "versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String, unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    snapshot: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    summary: Mapped[str] = mapped_column(Text, default="{}")


class VersionText(Base):
    """A document text as some version had it, stored once however many versions share it."""

    __tablename__ = "version_texts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[bytes] = mapped_column(LargeBinary)


class ChangeLogEntry(Base):
    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
