import { type ChartTheme, DEFAULT_THEME } from '../charts/theme';

/** Reads the current Starlight theme's colours from CSS variables (browser only). */
export function readTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const dark = document.documentElement.dataset['theme'] === 'dark';
  return {
    text: get('--sl-color-white', DEFAULT_THEME.text),
    muted: get('--sl-color-gray-2', DEFAULT_THEME.muted),
    grid: get('--sl-color-gray-5', DEFAULT_THEME.grid),
    accent: get('--sl-color-accent-high', DEFAULT_THEME.accent),
    highlight: dark ? '#fb923c' : DEFAULT_THEME.highlight,
    palette: dark ? ['#a5b4fc', '#5eead4', '#fb923c', '#f0abfc', '#bef264'] : DEFAULT_THEME.palette,
  };
}
