// "Sound for new red flags": off by default, remembered for this user on this browser.
import { useId, useState } from 'react';
import { setSound, soundIsOn } from './alertSound';

export function AlertSoundToggle({ userId }: { userId: number }) {
  const id = useId();
  const [on, setOn] = useState(() => soundIsOn(userId));
  return (
    <span className="red-flag-sound">
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={(event) => {
          setSound(userId, event.target.checked);
          setOn(event.target.checked);
        }}
      />
      <label htmlFor={id}>Sound for new red flags</label>
    </span>
  );
}
