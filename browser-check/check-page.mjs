// Checks one web page of the job in a real browser, as TransparencyPageBrowserTests runs it:
//   node check-page.mjs <path-to-index.html> <screenshot-dir>
// It opens the page from its file in headless Chromium (the Debian package, never a browser of Playwright's own),
// with every request that is not a file refused, so the page is checked as it is, with nothing it might fetch;
// runs axe-core's WCAG 2.0 and 2.1 A and AA rules; checks that at 320 px wide neither the page nor anything in it
// scrolls sideways, not even a table inside its own box (WCAG 1.4.10, reflow, which axe cannot see), and that the
// tables shown there as stacked rows still have their column headers and cells for a screen reader; and takes
// full-page screenshots at 320 and 1280 px for a person to look at.
// Prints what it found as JSON; exits 0 only when there are no violations and no sideways scrolling, 1 when there
// are, 2 when it could not check.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NARROW = 320;
const WIDE = 1280;

// without the background-networking flags Chromium keeps trying to reach Google's hosts, which this machine refuses
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (process.argv.length !== 4) {
	console.error('usage: node check-page.mjs <path-to-index.html> <screenshot-dir>');
	process.exit(2);
}
const page = pathToFileURL(resolve(process.argv[2])).href;
const shots = resolve(process.argv[3]);
mkdirSync(shots, { recursive: true });

// a fresh profile each run, so nothing of an earlier run (cache, settings) decides this one
const profile = mkdtempSync(join(tmpdir(), 'scrutiny-chromium-'));
let context;
try {
	context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, headless: true });
	const report = { page, violations: [], overflow: null, screenshots: [] };

	const tab = await context.newPage();
	// only what is not a file is routed (Chromium refuses a file request that a route lets continue); what the page
	// asks of elsewhere is refused and counted, since the page promises to fetch nothing
	const refused = [];
	await tab.route(url => url.protocol !== 'file:', route => {
		refused.push(route.request().url());
		return route.abort();
	});

	await tab.setViewportSize({ width: WIDE, height: 900 });
	// a page checked without its style sheet would pass or fail for the wrong reasons (a file asked for again later,
	// when Chromium redraws the page at a new width, may fail harmlessly)
	const missing = [];
	const failed = request => missing.push(`${request.url()}: ${request.failure()?.errorText}`);
	tab.on('requestfailed', failed);
	await tab.goto(page, { waitUntil: 'load' });
	tab.off('requestfailed', failed);
	const unread = missing.filter(request => request.startsWith('file:'));
	if (unread.length > 0) {
		throw new Error(`files of the page did not load: ${unread.join(', ')}`);
	}
	await tab.addScriptTag({ path: require.resolve('axe-core') });
	const axe = await tab.evaluate(tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
	report.violations = axe.violations.map(v => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		nodes: v.nodes.map(n => ({ target: n.target, summary: n.failureSummary }))
	}));
	report.incomplete = axe.incomplete.map(v => ({ id: v.id, nodes: v.nodes.length }));
	await tab.screenshot({ path: join(shots, `page-${WIDE}.png`), fullPage: true });
	report.screenshots.push(join(shots, `page-${WIDE}.png`));

	await tab.setViewportSize({ width: NARROW, height: 640 });
	// what sticks out past the screen's right edge, and the tables that scroll sideways in their own box (their right
	// columns out of sight), so a failure says where to look
	report.overflow = await tab.evaluate(width => {
		const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className : ''}`;
		const scrollWidth = document.documentElement.scrollWidth;
		const wider = [...document.querySelectorAll('main *')]
			.filter(e => e.getBoundingClientRect().right > width + 1)
			.slice(0, 10)
			.map(name);
		const scrolling = [...document.querySelectorAll('main .table-wrap')]
			.filter(e => e.scrollWidth > e.clientWidth + 1)
			.map(e => `${name(e.querySelector('caption') ?? e)}: ${e.scrollWidth} px in ${e.clientWidth}`);
		return { scrollWidth, wider, scrolling };
	}, NARROW);
	// a stacked table's header row is out of sight, not out of the accessibility tree (display: none would take it
	// out, and the label of every cell with it): a screen reader still finds each column header and cell
	report.roles = {
		columnheaders: { headers: await tab.locator('th[scope=col]').count(), exposed: await tab.getByRole('columnheader').count() },
		cells: { cells: await tab.locator('td').count(), exposed: await tab.getByRole('cell').count() }
	};
	await tab.screenshot({ path: join(shots, `page-${NARROW}.png`), fullPage: true });
	report.screenshots.push(join(shots, `page-${NARROW}.png`));
	report.refused = [...new Set(refused)];

	const overflows = report.overflow.scrollWidth > NARROW + 1 || report.overflow.wider.length > 0
		|| report.overflow.scrolling.length > 0;
	const unexposed = Object.values(report.roles).some(r => Object.values(r)[0] !== r.exposed);
	console.log(JSON.stringify(report, null, 2));
	if (report.violations.length > 0 || overflows || unexposed || refused.length > 0) {
		console.error(`${report.violations.length} axe violation(s); page ${report.overflow.scrollWidth} px wide at ${NARROW} px, `
			+ `${report.overflow.wider.length} element(s) wider, ${report.overflow.scrolling.length} table(s) scrolling; `
			+ `table roles ${JSON.stringify(report.roles)}; ${refused.length} request(s) for something not a file`);
		process.exitCode = 1;
	}
} catch (e) {
	console.error(`could not check ${page}: ${e.stack ?? e}`);
	process.exitCode = 2;
} finally {
	await context?.close();
	rmSync(profile, { recursive: true, force: true });
}
