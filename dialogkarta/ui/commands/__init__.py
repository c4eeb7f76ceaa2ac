"""Undo commands: each redo() calls one ops function, undo() its inverse, then notifies views.

The same operations the command line uses; every one commits at once (autosave).
"""

from __future__ import annotations

from dialogkarta.ui.commands.base import SESSION_MERGE_ID, TEXT_MERGE_ID, DocumentCommand
from dialogkarta.ui.commands.groups import (
    FoldThemeCommand,
    GroupNotesCommand,
    RenameGroupCommand,
    UngroupCommand,
    VoteThemeCommand,
)
from dialogkarta.ui.commands.keywords import MergeKeywordsCommand, RenameKeywordCommand, SetVocabularyCommand
from dialogkarta.ui.commands.notes import (
    AddNoteCommand,
    DeleteNotesCommand,
    EditNoteCommand,
    MoveNotesCommand,
    MoveToQuestionCommand,
    ReorderNotesCommand,
    VoteCommand,
)
from dialogkarta.ui.commands.questions import EditQuestionCommand, EditQuestionTextCommand
from dialogkarta.ui.commands.session import (
    AddParticipantCommand,
    AddSurveyResponseCommand,
    EditParticipantCommand,
    EditSessionCommand,
    RemoveParticipantCommand,
    RemoveSurveyResponseCommand,
)
from dialogkarta.ui.commands.written import AddTalkCommand, AddWrittenAnswersCommand, EditTalkCommand

__all__ = [
    "TEXT_MERGE_ID", "SESSION_MERGE_ID", "DocumentCommand",
    "AddNoteCommand", "EditNoteCommand", "MoveNotesCommand", "MoveToQuestionCommand", "ReorderNotesCommand", "DeleteNotesCommand", "VoteCommand",
    "GroupNotesCommand", "UngroupCommand", "RenameGroupCommand", "VoteThemeCommand", "FoldThemeCommand",
    "EditQuestionTextCommand", "EditQuestionCommand",
    "MergeKeywordsCommand", "RenameKeywordCommand", "SetVocabularyCommand",
    "EditSessionCommand", "AddParticipantCommand", "RemoveParticipantCommand", "EditParticipantCommand",
    "AddSurveyResponseCommand", "RemoveSurveyResponseCommand",
    "AddWrittenAnswersCommand", "AddTalkCommand", "EditTalkCommand",
]
