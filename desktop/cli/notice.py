"""``palvelutiski-admin privacy-notice --lang fi|sv|en OUT.pdf [--draft]``

The register description / privacy notice of the stored utility profile as a letter-quality PDF
(desktop.services.privacy_notice). When the profile lacks an Art. 13/14 item the command lists the gaps
and writes nothing, unless ``--draft`` (the PDF then says it is a draft and what is missing).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from db.database import Database
from desktop.cli.messages import Messages
from desktop.core.i18n import N_
from desktop.core.letters import LANGUAGES
from desktop.core.roles import Actor
from desktop.services.letters import load_texts
from desktop.services.privacy_notice import PrivacyNoticeService

COMMAND = "privacy-notice"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        COMMAND, help="print the register description / privacy notice (GDPR Art. 13/14) as a PDF",
        description="The stored utility profile's register description extended to GDPR Art. 13/14, as a PDF. "
                    "Lists what the profile lacks and writes nothing unless --draft.")
    parser.add_argument("file", type=Path, metavar="OUT.pdf")
    parser.add_argument("--lang", dest="notice_language", choices=LANGUAGES, default="fi",
                        help="language of the notice (default fi)")
    parser.add_argument("--draft", action="store_true", help="write it even with gaps, marked as a draft")
    return parser


def run(args: argparse.Namespace, database: Database, actor: Actor, say: Messages | None = None) -> int:
    say = say or Messages("en")
    notice = PrivacyNoticeService(database, actor).render(args.notice_language)
    if notice.gaps:
        labels = load_texts(say.language if say.language in LANGUAGES else "fi")["values"]["notice_gap"]
        print(say(N_("The profile lacks: {gaps}."), gaps="; ".join(labels[g] for g in notice.gaps)), file=sys.stderr)
        if not args.draft:
            print(say(N_("Nothing written: complete the profile, or write a draft with --draft.")), file=sys.stderr)
            return 1
    path = args.file.expanduser()
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(notice.pdf)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    print(say(N_("Privacy notice written to {file} ({pages} pages, {language}{draft})."), file=path,
              pages=notice.page_count, language=notice.language, draft=say(N_(", draft")) if notice.gaps else ""))
    return 0
