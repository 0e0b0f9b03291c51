"""Digitised papers: the files of a dossier's papers and results, scanning and importing them, keeping them on the
desk and sending them to the provincial server."""

from enum import unique

from counter_core.foundation.texts import QT_TRANSLATE_NOOP, Msg


@unique
class Papers(Msg):
    SHA256_FORM = QT_TRANSLATE_NOOP("Papers", "A file's SHA-256 hash must be 64 lower-case hexadecimal digits.")
    EVENT_NO_FILE = QT_TRANSLATE_NOOP("Papers", "The file attachment event lacks the file's details.")
    ROLE_INVALID = QT_TRANSLATE_NOOP("Papers", "An attached file must be a paper of the dossier or a result.")
    DOCUMENT_NAME = QT_TRANSLATE_NOOP("Papers", "An attached file must name its paper (at most 400 characters).")
    SIZE_RANGE = QT_TRANSLATE_NOOP("Papers", "A file's size must be from 1 byte to {megabytes} MB.")
    PAGES_RANGE = QT_TRANSLATE_NOOP("Papers", "A paper has from 1 to {most} pages.")
    FILE_REFUSED = QT_TRANSLATE_NOOP("Papers", 'Cannot import the file "{name}": {why}')
    UNREADABLE = QT_TRANSLATE_NOOP("Papers", "cannot read it ({reason}).")
    TOO_LARGE = QT_TRANSLATE_NOOP("Papers", "the file is too large ({size} MB; at most {most} MB for one file).")
    EMPTY = QT_TRANSLATE_NOOP("Papers", "the file is empty.")
    NO_PAGES = QT_TRANSLATE_NOOP("Papers", "the file has no pages.")
    FOLDER_EMPTY = QT_TRANSLATE_NOOP("Papers", 'The folder "{name}" holds no image or PDF file.')
    IMAGE_TOO_LARGE = QT_TRANSLATE_NOOP("Papers", "the image is too large ({width}×{height} pixels).")
    TOO_MANY_PAGES = QT_TRANSLATE_NOOP("Papers", "the file has {pages} pages, more than {most}.")
    NOT_IMAGE_OR_PDF = QT_TRANSLATE_NOOP("Papers", "it is not an image or PDF file.")
    IMAGE_BOMB = QT_TRANSLATE_NOOP("Papers", "the image is too large (it may be a malicious file).")
    IMAGE_BROKEN = QT_TRANSLATE_NOOP("Papers", "the image file is damaged ({reason}).")
    PDF_BROKEN = QT_TRANSLATE_NOOP("Papers", "the PDF file is damaged or has a password.")
    PAGE_TOO_BIG = QT_TRANSLATE_NOOP("Papers", "page {page} is too large ({width}×{height} cm).")
    PAGE_IMAGE_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Papers", "page {page} holds an image that is too large ({width}×{height} pixels)."
    )
    PDF_ENCRYPTED = QT_TRANSLATE_NOOP(
        "Papers", "the PDF file has a password or is encrypted: print it and scan it, or ask for an unlocked file."
    )
    PDF_INDIRECT_FILTER = QT_TRANSLATE_NOOP(
        "Papers", "the PDF file declares its compression in a way that cannot be checked."
    )
    PDF_FILTER = QT_TRANSLATE_NOOP("Papers", "the PDF file uses a compression that cannot be checked ({filter}).")
    PDF_BOMB = QT_TRANSLATE_NOOP(
        "Papers", "the content of the PDF inflates too much (it may be a malicious file, a “PDF bomb”)."
    )
    NO_NAME = QT_TRANSLATE_NOOP("Papers", "A digitised paper must have a name.")
    NOT_SCANNED = QT_TRANSLATE_NOOP("Papers", 'The paper "{document}" has no scanned page yet.')
    PAPER_TOO_MANY_PAGES = QT_TRANSLATE_NOOP("Papers", 'The paper "{document}" has more than {most} pages.')
    PAPER_TOO_LARGE = QT_TRANSLATE_NOOP("Papers", 'The file of the paper "{document}" is larger than {megabytes} MB.')
    FILE_GONE = QT_TRANSLATE_NOOP(
        "Papers", 'The file of the paper "{document}" is no longer in the data folder: scan it again.'
    )
    REFUSED_DOSSIER = QT_TRANSLATE_NOOP("Papers", "The dossier was refused at reception: its papers are not digitised.")
    RESULT_NOT_YET = QT_TRANSLATE_NOOP("Papers", "Results are digitised only once the dossier has its result.")
    NO_SUCH_FILE = QT_TRANSLATE_NOOP("Papers", "The dossier has no such file.")
    RECEIVED_HASH_MISMATCH = QT_TRANSLATE_NOOP("Papers", "The file received does not match its hash {hash}…: not kept.")
    STORED_UNREADABLE = QT_TRANSLATE_NOOP("Papers", "Cannot read the file {hash}… in the data folder ({reason}).")
    STORED_DAMAGED = QT_TRANSLATE_NOOP("Papers", "The file {hash}… in the data folder is damaged (wrong hash).")
    DISK_FULL = QT_TRANSLATE_NOOP(
        "Papers",
        "The computer's disk is full: the paper's file was not saved and the dossier did not change. The scanned pages are still on the screen; free some space on the disk and save again.",
    )
    DOWNLOAD_CUT = QT_TRANSLATE_NOOP(
        "Papers",
        "The connection was lost while fetching the file from the provincial server: try opening it again later.",
    )
    KBPS_RANGE = QT_TRANSLATE_NOOP("Papers", "The bandwidth limit for files must be from 0 to 1,000,000 kbit/s.")
    NOT_SENT = QT_TRANSLATE_NOOP("Papers", "A paper's file could not be sent yet: {reason}")
    FILE_SAID = QT_TRANSLATE_NOOP("Papers", "{hash}…: {message}")
    SCANNER_MISSING = QT_TRANSLATE_NOOP(
        "Papers", "No scanner found: check the scanner's cable and power, then scan again."
    )
    SCANNER_BUSY = QT_TRANSLATE_NOOP(
        "Papers", "The scanner is busy (another program is using it): wait a moment, then scan again."
    )
    SCANNER_JAMMED = QT_TRANSLATE_NOOP(
        "Papers", "The scanner has a paper jam: take out the jammed sheet, put it back and scan on."
    )
    SCANNER_NO_PAPER = QT_TRANSLATE_NOOP("Papers", "The scanner's feeder has no paper: put paper in, then scan again.")
    SCAN_CANCELLED = QT_TRANSLATE_NOOP("Papers", "Scanning stopped.")
    SCANNER_FAILED = QT_TRANSLATE_NOOP("Papers", "The scanner reported an error")
    SCAN_DETAIL = QT_TRANSLATE_NOOP("Papers", "{problem}: {detail}")
    PAGES_KEPT = QT_TRANSLATE_NOOP("Papers", "{problem} The {pages} pages scanned before it were kept.")
    SCANNER_NO_ANSWER = QT_TRANSLATE_NOOP("Papers", "the scanner did not answer when listed")
    FILES_UNCONFIGURED = QT_TRANSLATE_NOOP("Papers", "The provincial server has no place set up to keep papers' files.")
    SIGN_IN_NEEDED = QT_TRANSLATE_NOOP("Papers", "Sign in first (a desk's access token or a province account).")
    SERVER_NO_SUCH_FILE = QT_TRANSLATE_NOOP(
        "Papers", "The provincial server has no such file among the unit's dossiers."
    )
    CHUNK_TOO_LARGE = QT_TRANSLATE_NOOP("Papers", "More was sent than the file's size or one sending allows.")
    UPLOAD_IN_PROGRESS = QT_TRANSLATE_NOOP("Papers", "This file is being sent in another request.")
    OFFSET_MISMATCH = QT_TRANSLATE_NOOP(
        "Papers",
        "The provincial server holds a different number of bytes than the desk: send on from where the server got to.",
    )
    HASH_MISMATCH = QT_TRANSLATE_NOOP(
        "Papers", "The file received does not match its SHA-256 hash: the desk will send the file again from the start."
    )
    NOT_RECEIVED = QT_TRANSLATE_NOOP("Papers", "The desk has not finished sending this file to the provincial server.")
    UNIT_NO_DOSSIER = QT_TRANSLATE_NOOP("Papers", 'The unit has no dossier with the code "{dossier}".')
