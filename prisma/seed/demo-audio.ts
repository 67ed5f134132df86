// Generates the demo podcast audio: a quiet, slowly pulsing tone as an 8 kHz mono WAV file.
// Real episodes are uploaded; the demo needs audio that plays without any download.

const SAMPLE_RATE = 8000;

export function generateDemoAudio(durationSeconds: number, pitchHz: number): Buffer {
  const samples = Math.round(durationSeconds * SAMPLE_RATE);
  const buffer = Buffer.alloc(44 + samples);
  buffer.write("RIFF", 0, "ascii");
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write("WAVEfmt ", 8, "ascii");
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(SAMPLE_RATE, 24);
  buffer.writeUInt32LE(SAMPLE_RATE, 28); // bytes per second (8-bit mono)
  buffer.writeUInt16LE(1, 32); // block align
  buffer.writeUInt16LE(8, 34); // bits per sample
  buffer.write("data", 36, "ascii");
  buffer.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++) {
    const t = i / SAMPLE_RATE;
    const envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 0.25 * t);
    buffer[44 + i] = Math.round(128 + 24 * envelope * Math.sin(2 * Math.PI * pitchHz * t));
  }
  return buffer;
}
