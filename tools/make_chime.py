#!/usr/bin/env python3
"""Writes resources/sounds/phase.wav: a soft two-note chime (0.6 s) that marks a new
phase of a self-care session. Made here, so no one else's recording is shipped.

Run from the repository root:  python3 tools/make_chime.py
"""
import math
import struct
import wave
from pathlib import Path

RATE = 22050


def note(freq, start, length, samples):
    for i in range(int(length * RATE)):
        t = i / RATE
        envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t)  # soft attack, gentle fade
        value = 0.35 * envelope * (math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t))
        j = int(start * RATE) + i
        if j < len(samples):
            samples[j] += value


def main():
    samples = [0.0] * int(0.6 * RATE)
    note(660.0, 0.0, 0.6, samples)   # E5
    note(880.0, 0.12, 0.48, samples)  # A5
    out = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "phase.wav"
    out.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32000)) for s in samples))


if __name__ == "__main__":
    main()
