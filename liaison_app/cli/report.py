"""`liaison report`: the working group's monitoring report, a case's hand-over file, and
checking a report's signature.

    liaison report monitoring --from DATE --to DATE [--partner AGENCY]
                              --out FILE.pdf|FILE.csv [--justification TEXT] [--with-subjects]
    liaison report case --case REF --out FILE.pdf --justification TEXT
    liaison report verify FILE.pdf [--signature FILE.sig]

Drawing a PDF needs Qt (QtGui, offscreen: no display needed); it is imported
here, inside the handlers, so no other command pays for it. Every export is
signed by this device (`FILE.sig` beside it) and written to the audit log
with its justification. A monitoring report without names needs none: the
export is recorded with a standard one ("counts only, no personal data").
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from liaison_app.cli.common import add_profile_args, open_profile
from liaison_app.cli.main import UserFacingError

if TYPE_CHECKING:
    from liaison_app.services.report_export import ExportResult


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="monitoring report, case hand-over file, verify")
    acts = p.add_subparsers(dest="report_action", metavar="ACTION", required=True)
    mon = acts.add_parser("monitoring", help="the working group's figures for a period")
    add_profile_args(mon)
    mon.add_argument("--from", dest="first", required=True, type=_day, metavar="DATE")
    mon.add_argument("--to", dest="last", required=True, type=_day, metavar="DATE",
                     help="last day of the period (inclusive)")
    mon.add_argument("--partner", metavar="AGENCY", help="one partner agency (default: all)")
    mon.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.csv")
    mon.add_argument("--justification", metavar="TEXT",
                     help="why it is exported (recorded in the audit log; required with "
                     "--with-subjects)")
    mon.add_argument("--with-subjects", action="store_true",
                     help="add an annex naming the subjects of the period's cases "
                     "(personal data)")
    mon.set_defaults(handler=run_monitoring)
    case = acts.add_parser("case", help="a case's hand-over file (PDF)")
    add_profile_args(case)
    case.add_argument("--case", required=True, metavar="REF")
    case.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    case.add_argument("--justification", required=True, metavar="TEXT",
                      help="why the file is handed over (recorded in the audit log and "
                      "printed in the file)")
    case.set_defaults(handler=run_case)
    verify = acts.add_parser("verify", help="check a report against its signature and the "
                             "directory")
    add_profile_args(verify)
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--signature", type=Path, metavar="FILE.sig",
                        help="the signature (default: FILE.sig beside it)")
    verify.set_defaults(handler=run_verify)


def _format(out: Path, allowed: tuple[str, ...]) -> str:
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in allowed:
        raise UserFacingError(f"--out must end in {' or '.join('.' + a for a in allowed)}")
    return fmt


def _wrote(result: ExportResult) -> None:
    print(f"wrote {result.path} ({result.size} bytes, sha256 {result.sha256})")
    print(f"signature {result.signature_path}")


def run_monitoring(args: argparse.Namespace) -> int:
    from liaison_app.protocol.report_signature import ReportKind
    from liaison_app.services.monitoring import monitoring_figures
    from liaison_app.services.monitoring_types import Period
    from liaison_app.services.report_export import (
        export_report,
        monitoring_details,
        monitoring_justification,
    )

    fmt = _format(args.out, ("pdf", "csv"))
    period = Period(args.first, args.last)
    why = monitoring_justification(args.justification, with_subjects=args.with_subjects)
    if args.partner:
        from liaison_app.domain.parties import validate_agency_id

        validate_agency_id(args.partner, "--partner")
    with open_profile(args) as session:
        figures = monitoring_figures(session, period, args.partner,
                                     with_subjects=args.with_subjects)
        if fmt == "csv":
            from liaison_app.services.monitoring_csv import monitoring_csv

            data = monitoring_csv(figures)
        else:
            from liaison_app.reports.monitoring_pdf import render_monitoring_pdf
            from liaison_app.reports.qt_app import ensure_app

            ensure_app()
            data = render_monitoring_pdf(figures)
        result = export_report(session, ReportKind.MONITORING, data, args.out,
                               justification=why,
                               details=monitoring_details(figures, fmt,
                                                          bool(args.justification)))
    _wrote(result)
    return 0


def run_case(args: argparse.Namespace) -> int:
    from liaison_app.protocol.report_signature import ReportKind
    from liaison_app.reports.case_pdf import render_case_pdf
    from liaison_app.reports.qt_app import ensure_app
    from liaison_app.services.case_report import case_dossier
    from liaison_app.services.report_export import case_details, check_justification, export_report

    _format(args.out, ("pdf",))
    why = check_justification(args.justification)
    with open_profile(args) as session:
        dossier = case_dossier(session, args.case)
        ensure_app()
        data = render_case_pdf(dossier, why)
        result = export_report(session, ReportKind.CASE, data, args.out, justification=why,
                               details=case_details(dossier))
    _wrote(result)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from liaison_app.domain.timefmt import format_time
    from liaison_app.services.report_export import verify_report_file

    with open_profile(args) as session:
        verdict = verify_report_file(session, args.file, args.signature)
    if not verdict.ok:
        print(f"NOT VALID: {args.file}: {verdict.reason}")
        return 2
    s = verdict.signature
    assert s is not None
    print(f"valid: {args.file} was exported by {verdict.officer_name} ({s.officer}), "
          f"{verdict.agency_name or s.agency} ({s.agency}), device {s.device}, at "
          f"{format_time(s.signed_at)}; {s.report.value} report, sha256 {s.sha256}")
    return 0
