// axe-core (the npm package, a devDependency of web/) run inside a page: the
// rules of WCAG 2.0 and 2.1 at levels A and AA, which include colour contrast
// of at least 4.5:1 for text (3:1 for large text). Each violation comes back
// as one line: the rule, what it asks, and the elements that break it.
import { readFileSync } from 'node:fs';

let source = null;

// `require`: resolves packages from web/node_modules.
export async function accessibilityViolations(page, require) {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated, not added as a script element: the app's Content-Security-Policy
  // refuses inline scripts, as it should.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(source);
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`).join('; ')}` +
    (v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''));
}
