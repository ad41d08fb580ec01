/** Storage key of the reader's theme choice. */
const KEY = 'wikikb-theme';

type Theme = 'light' | 'dark';

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

/** Shows the toggle button and wires it: the choice is remembered in localStorage. */
export function initThemeToggle(): void {
	const saved = stored();
	if (saved) apply(saved);
	const button = document.getElementById('theme-toggle');
	if (!button) return;
	const label = button.querySelector('.theme-label');
	const sync = () => {
		const dark = currentTheme() === 'dark';
		button.setAttribute('aria-pressed', String(dark));
		if (label) label.textContent = 'Dark theme';
	};
	button.hidden = false;
	sync();
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
