/** Storage key of the reader's theme choice. */
const KEY = 'wikikb-theme';

/** A colour theme of the site. */
export type Theme = 'light' | 'dark';

function systemTheme(): Theme {
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function stored(): Theme | undefined {
	try {
		const value = localStorage.getItem(KEY);
		return value === 'light' || value === 'dark' ? value : undefined;
	} catch {
		return undefined; // storage can be disabled; the system preference still applies
	}
}

/** Applies a theme to the document and tells other scripts (diagrams, graph) to restyle. */
function apply(theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	document.dispatchEvent(new CustomEvent('wikikb:theme', { detail: theme }));
}

/** The theme in effect: the reader's choice, else the system preference. */
export function currentTheme(): Theme {
	const set = document.documentElement.dataset.theme;
	return set === 'light' || set === 'dark' ? set : systemTheme();
}

/**
 * What the theme button says in a theme: the theme a press switches to, as its visible label and, in full, as
 * its accessible name (a button whose label changes carries no `aria-pressed`, or a screen reader would read
 * "Light theme, pressed" in the dark theme and leave the reader guessing).
 * @example themeButtonText('light') // { label: 'Dark theme', name: 'Switch to the dark theme', icon: '☾' }
 */
export function themeButtonText(now: Theme): { label: string; name: string; icon: string } {
	return now === 'dark'
		? { label: 'Light theme', name: 'Switch to the light theme', icon: '☀' }
		: { label: 'Dark theme', name: 'Switch to the dark theme', icon: '☾' };
}

/** Shows the toggle button and wires it: the choice is remembered in localStorage. */
export function initThemeToggle(): void {
	const saved = stored();
	if (saved) apply(saved);
	const button = document.getElementById('theme-toggle');
	if (!button) return;
	const label = button.querySelector('.theme-label');
	const icon = button.querySelector('.theme-icon');
	const sync = () => {
		const text = themeButtonText(currentTheme());
		button.setAttribute('aria-label', text.name);
		button.title = text.name;
		if (label) label.textContent = text.label;
		if (icon) icon.textContent = text.icon;
	};
	button.hidden = false;
	sync();
	// The system preference can change while the page is open (a phone's evening mode).
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
		if (!document.documentElement.dataset.theme)
			document.dispatchEvent(new CustomEvent('wikikb:theme', { detail: currentTheme() }));
		sync();
	});
	button.addEventListener('click', () => {
		const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
		apply(next);
		try {
			localStorage.setItem(KEY, next);
		} catch {
			// not remembered, but applied
		}
		sync();
	});
}
