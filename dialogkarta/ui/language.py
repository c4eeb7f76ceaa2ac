"""The interface language: Swedish by default, English from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dialogkarta import catalogue
from dialogkarta.paths import RESOURCES

LOCALES = {"sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}


def install_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install Qt's own texts and, for English, the app's translation; return the translators.

    The catalogue is set to the same language, so errors and progress from the non-Qt layers, and the
    template's labels on the board, speak the interface's language too.
    """
    catalogue.set_language(lang)
    installed = []
    qt_texts = QTranslator(app)
    if qt_texts.load(LOCALES.get(lang, LOCALES["sv"]), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_texts)
        installed.append(qt_texts)
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(str(RESOURCES / "translations" / "dialogkarta_en.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def dynamic(text: str) -> str:
    """Translate a text chosen at run time (listed for translators in make_translations.py)."""
    return QCoreApplication.translate("Dynamic", text)
