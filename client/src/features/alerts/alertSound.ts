// The optional alert sound: off unless this user turned it on here (kept in localStorage), and a short
// WebAudio beep, so no audio file ships. A browser without WebAudio (or one that refuses) stays silent.
const keyFor = (userId: number) => `e-hub:red-flag-sound:${userId}`;

export function soundIsOn(userId: number): boolean {
  try {
    return localStorage.getItem(keyFor(userId)) === 'on';
  } catch {
    return false;
  }
}

export function setSound(userId: number, on: boolean): void {
  try {
    if (on) localStorage.setItem(keyFor(userId), 'on');
    else localStorage.removeItem(keyFor(userId));
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

type AudioContextClass = typeof AudioContext;
let context: AudioContext | undefined;

/** Two short tones; does nothing where WebAudio is missing. */
export function beep(): void {
  const Context = (globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass }).AudioContext ??
    (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (!Context) return;
  try {
    context ??= new Context();
    const start = context.currentTime;
    [0, 0.25].forEach((offset) => {
      const tone = context!.createOscillator();
      const gain = context!.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.2, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.18);
      tone.connect(gain).connect(context!.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.2);
    });
  } catch {
    // A sound is a courtesy: the alert on screen and in the title stands without it.
  }
}
