"""Windows system DLLs that Wine 8 lacks and the bundle's libraries load, written into a Wine prefix as DLLs without
code whose exports forward to what Wine or a package has:

- ``icuuc.dll``, Windows' ICU, which Qt 6.10 and later link to: a packaged ICU (the PyPI wheel ``icu4py``) names
  its DLL and functions with its version (``icuuc78-….dll``, ``ucnv_open_78``); each unversioned name forwards to
  the versioned one (``ucnv_open`` → ``icuuc78-….ucnv_open_78``);
- ``bcryptprimitives.dll``, whose ``ProcessPrng`` the Rust standard library calls for random bytes (pydantic-core
  is written in Rust): it forwards to ``advapi32.SystemFunction036`` (``RtlGenRandom``), Windows' older function
  for the same bytes with the same arguments.

Used only under Wine, for the build and the tests: on Windows the bundle uses Windows' own DLLs."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

IMAGE_BASE = 0x180000000
SECTION_RVA = 0x1000
FILE_ALIGNMENT = 0x200
SECTION_ALIGNMENT = 0x1000


def _align(value: int, alignment: int) -> int:
    return (value + alignment - 1) // alignment * alignment


def exported_names(dll: bytes) -> list[str]:
    """The names a PE file (32 or 64-bit) exports."""
    pe = struct.unpack_from("<I", dll, 0x3C)[0]
    sections, optional_size = struct.unpack_from("<2xH12xH", dll, pe + 4)
    optional = pe + 24
    magic = struct.unpack_from("<H", dll, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)
    export_rva = struct.unpack_from("<I", dll, directories)[0]
    table = optional + optional_size
    spans = [struct.unpack_from("<8xIII I", dll, table + 40 * i) for i in range(sections)]

    def offset(rva: int) -> int:
        for virtual_size, start, raw_size, raw in spans:
            if start <= rva < start + max(virtual_size, raw_size):
                return rva - start + raw
        raise ValueError(f"RVA {rva:#x} is in no section")

    if not export_rva:
        return []
    count, names_rva = struct.unpack_from("<24xI4xI", dll, offset(export_rva))
    names = offset(names_rva)
    result = []
    for i in range(count):
        start = offset(struct.unpack_from("<I", dll, names + 4 * i)[0])
        result.append(dll[start : dll.index(b"\0", start)].decode("ascii"))
    return result


def forwarder_dll(name: str, forwards: dict[str, str]) -> bytes:
    """A 64-bit DLL named ``name`` with no code: each export ``{export: "OTHERDLL.function"}`` is a forwarder."""
    exports = sorted(forwards)  # the loader looks names up by binary search
    count = len(exports)
    functions, names = 40, 40 + 4 * count
    ordinals = names + 4 * count
    strings = bytearray()
    first_string = ordinals + 2 * count

    def string(text: str) -> int:
        position = first_string + len(strings)
        strings.extend(text.encode("ascii") + b"\0")
        return SECTION_RVA + position

    name_rva = string(name)
    export_rvas = [string(export) for export in exports]
    forward_rvas = [string(forwards[export]) for export in exports]
    body = struct.pack(
        "<IIHHIIIIIII",
        0,
        0,
        0,
        0,
        name_rva,
        1,
        count,
        count,
        SECTION_RVA + functions,
        SECTION_RVA + names,
        SECTION_RVA + ordinals,
    )
    body += struct.pack(f"<{count}I", *forward_rvas) + struct.pack(f"<{count}I", *export_rvas)
    body += struct.pack(f"<{count}H", *range(count)) + bytes(strings)
    raw_size = _align(len(body), FILE_ALIGNMENT)
    image_size = SECTION_RVA + _align(len(body), SECTION_ALIGNMENT)
    dos = b"MZ".ljust(0x3C, b"\0") + struct.pack("<I", 0x40)
    # x64, one section, a 240-byte optional header; executable image, large addresses, DLL
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)
    optional = struct.pack(
        "<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
        0x20B,  # PE32+
        14,
        0,
        0,
        raw_size,
        0,
        0,  # no entry point: nothing runs when it loads
        SECTION_RVA,
        IMAGE_BASE,
        SECTION_ALIGNMENT,
        FILE_ALIGNMENT,
        6,
        0,
        0,
        0,
        6,
        0,
        0,
        image_size,
        FILE_ALIGNMENT,
        0,
        3,  # console subsystem
        0x0140,  # dynamic base, NX compatible
        0x100000,
        0x1000,
        0x100000,
        0x1000,
        0,
        16,
    )
    optional += struct.pack("<II", SECTION_RVA, len(body)) + bytes(8 * 15)
    section = struct.pack(
        "<8sIIIIIIHHI", b".edata", len(body), SECTION_RVA, raw_size, FILE_ALIGNMENT, 0, 0, 0, 0, 0x40000040
    )  # initialised data, readable
    headers = (dos + b"PE\0\0" + coff + optional + section).ljust(FILE_ALIGNMENT, b"\0")
    return headers + body.ljust(raw_size, b"\0")


def install_system_icu(icu_wheel: Path, system32: Path) -> Path:
    """The ICU DLLs of the ``icu4py`` wheel copied into a Wine prefix's ``system32``, and ``icuuc.dll`` there
    forwarding Windows' unversioned ICU names to them; returns the path of ``icuuc.dll``."""
    with zipfile.ZipFile(icu_wheel) as wheel:
        libraries = [n for n in wheel.namelist() if n.lower().endswith(".dll") and "/" in n]
        for member in libraries:
            (system32 / Path(member).name).write_bytes(wheel.read(member))
    common = next(system32 / Path(n).name for n in libraries if re.match(r"icuuc\d+", Path(n).name))
    forwards = {}
    for export in exported_names(common.read_bytes()):
        unversioned = re.fullmatch(r"(\w+?)_\d+", export)
        if unversioned:
            forwards[unversioned.group(1)] = f"{common.stem}.{export}"
    icuuc = system32 / "icuuc.dll"
    icuuc.write_bytes(forwarder_dll("icuuc.dll", forwards))
    return icuuc


def install_bcryptprimitives(system32: Path) -> Path:
    """``bcryptprimitives.dll`` with ``ProcessPrng`` (Wine 9 has its own; an existing one is kept)."""
    dll = system32 / "bcryptprimitives.dll"
    if not dll.exists():
        dll.write_bytes(forwarder_dll("bcryptprimitives.dll", {"ProcessPrng": "advapi32.SystemFunction036"}))
    return dll
