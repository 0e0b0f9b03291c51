"""Where the provincial server keeps the files of digitised papers, each under its SHA-256: a folder (the default) or
an S3-compatible bucket (MinIO, a provincial object store), chosen by configuration (``--files``).

Only whole files whose hash was checked are put here; uploads in progress are kept in a local spool folder
(``files.py``), so a bucket never holds half a file and needs no multipart bookkeeping of ours.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

READ_CHUNK = 1024 * 1024


class Blobs(Protocol):
    def has(self, sha256: str) -> bool: ...

    def put(self, sha256: str, source: Path) -> None:
        """Keep the (checked) file ``source`` under ``sha256``; ``source`` may be moved away."""

    def read(self, sha256: str) -> Iterator[bytes]: ...


class FolderBlobs:
    """Files in ``root/ab/<sha256>``, renamed into place once whole (the spool is on the same disk by default)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self._path(sha256).is_file()

    def put(self, sha256: str, source: Path) -> None:
        target = self._path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(source, target)  # the same disk: atomic
        except OSError:
            temporary = target.with_name(f".{sha256}.copy")
            shutil.copyfile(source, temporary)
            with temporary.open("rb+") as file:
                os.fsync(file.fileno())
            os.replace(temporary, target)

    def read(self, sha256: str) -> Iterator[bytes]:
        with self._path(sha256).open("rb") as file:
            while chunk := file.read(READ_CHUNK):
                yield chunk


class BucketBlobs:
    """Files as objects ``<prefix><sha256>`` of an S3-compatible bucket, through boto3 (credentials and endpoint from
    its usual environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL, AWS_DEFAULT_REGION)."""

    def __init__(self, bucket: str, prefix: str = "", client=None) -> None:
        import boto3

        self.bucket, self.prefix = bucket, prefix
        self.client = client or boto3.client("s3")

    def has(self, sha256: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.prefix + sha256)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def put(self, sha256: str, source: Path) -> None:
        self.client.upload_file(str(source), self.bucket, self.prefix + sha256)
        with contextlib.suppress(FileNotFoundError):
            source.unlink()

    def read(self, sha256: str) -> Iterator[bytes]:
        body = self.client.get_object(Bucket=self.bucket, Key=self.prefix + sha256)["Body"]
        try:
            yield from body.iter_chunks(READ_CHUNK)
        finally:
            body.close()


def blobs_at(where: str) -> Blobs:
    """``s3://bucket/prefix/`` for a bucket, anything else a folder."""
    if where.startswith("s3://"):
        bucket, _, prefix = where.removeprefix("s3://").partition("/")
        return BucketBlobs(bucket, prefix)
    return FolderBlobs(Path(where))
