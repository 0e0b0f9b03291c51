"""A scanner's keyboard for a test X server: keystrokes sent through XTEST (Xlib and libXtst via ctypes) at
scanner speed, with every letter bound to a key before the window starts.

xdotool types a letter that no key produces (every Vietnamese letter on a US keymap) by binding it to a
spare keycode for that one keystroke and unbinding it at once; a window that reads the keymap after the
unbinding loses the letter. Here the letters are bound once, before the window starts, and never change,
so a test typing as a scanner does measures the window, not that race.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time

XK_SHIFT_L = 0xFFE1
_CONTROL = {"\r": 0xFF0D, "\n": 0xFF0D, "\t": 0xFF09}


def _keysym(char: str) -> int:
    if char in _CONTROL:
        return _CONTROL[char]
    return ord(char) if ord(char) < 0x100 else 0x1000000 + ord(char)  # X's Latin-1 and Unicode keysyms


class ScannerKeyboard:
    """Types text on ``display``; ``prepare(text)`` must run before the window starts."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
        self.xtst = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xtst"))
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XDisplayKeycodes.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        self.x11.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
        self.x11.XGetKeyboardMapping.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ubyte,
            ctypes.c_int,
            ctypes.POINTER(ctypes.c_int),
        ]
        self.x11.XChangeKeyboardMapping.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.c_int,
        ]
        self.x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XFree.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.connection = self.x11.XOpenDisplay(display.encode())
        if not self.connection:
            raise RuntimeError(f"cannot open the X display {display}")
        self.keys: dict[int, tuple[int, bool]] = {}  # keysym → (keycode, needs Shift)
        self._read_keymap()

    def _read_keymap(self) -> list[int]:
        """Learn which key gives which keysym; returns the keycodes that give nothing."""
        first, last, per_key = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
        self.x11.XDisplayKeycodes(self.connection, ctypes.byref(first), ctypes.byref(last))
        count = last.value - first.value + 1
        mapping = self.x11.XGetKeyboardMapping(self.connection, first.value, count, ctypes.byref(per_key))
        spare = []
        for k in range(count):
            syms = [mapping[k * per_key.value + i] for i in range(min(per_key.value, 2))]
            if not any(syms):
                spare.append(first.value + k)
            for level, sym in enumerate(syms):
                if sym and sym not in self.keys:
                    self.keys[sym] = (first.value + k, level == 1)
        self.x11.XFree(mapping)
        return spare

    def prepare(self, text: str) -> None:
        """Bind every letter of ``text`` that no key gives to a spare key (before the window starts)."""
        spare = self._read_keymap()
        missing = sorted({_keysym(c) for c in text} - set(self.keys))
        if len(missing) > len(spare):
            raise RuntimeError(f"{len(missing)} letters to bind, {len(spare)} spare keycodes")
        for keycode, sym in zip(spare, missing):
            self.x11.XChangeKeyboardMapping(self.connection, keycode, 2, (ctypes.c_ulong * 2)(sym, sym), 1)
            self.keys[sym] = (keycode, False)
        self.x11.XSync(self.connection, 0)

    def type(self, text: str, delay: float = 0.010) -> None:
        """Press and release the key of each character, ``delay`` seconds apart, as a keyboard-wedge scanner."""
        shift = self.keys[XK_SHIFT_L][0]
        for char in text:
            keycode, shifted = self.keys[_keysym(char)]
            if shifted:
                self.xtst.XTestFakeKeyEvent(self.connection, shift, 1, 0)
            self.xtst.XTestFakeKeyEvent(self.connection, keycode, 1, 0)
            self.xtst.XTestFakeKeyEvent(self.connection, keycode, 0, 0)
            if shifted:
                self.xtst.XTestFakeKeyEvent(self.connection, shift, 0, 0)
            self.x11.XFlush(self.connection)
            time.sleep(delay)
        self.x11.XSync(self.connection, 0)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.connection)
