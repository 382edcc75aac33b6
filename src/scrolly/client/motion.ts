/**
 * The reader's motion preference: the system's prefers-reduced-motion by default, overridden by
 * the "Animate charts" toggle, which is remembered across pages (localStorage).
 */
const STORAGE_KEY = 'tt-motion';
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function stored(): 'on' | 'off' | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null; // storage can be blocked; fall back to the system preference
  }
}

export function isMotionEnabled(): boolean {
  const choice = stored();
  if (choice) return choice === 'on';
  return !reducedMotion();
}

/** True when the reader has switched animation on themselves (not just left the default). */
export function isMotionChosen(): boolean {
  return stored() === 'on';
}

function reflect(): void {
  const enabled = isMotionEnabled();
  document.documentElement.classList.toggle('motion-off', !enabled);
  for (const toggle of document.querySelectorAll<HTMLInputElement>('input[data-motion-toggle]')) toggle.checked = enabled;
}

export function setMotionEnabled(enabled: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
  } catch {
    /* the choice then lasts for this page only */
  }
  reflect();
}

let wired = false;

export function initMotionToggles(): void {
  reflect();
  if (wired) return;
  wired = true;
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.matches('[data-motion-toggle]')) setMotionEnabled(target.checked);
  });
  window.matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', reflect);
  // Another tab changed the choice.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) reflect();
  });
}
