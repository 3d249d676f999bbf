import { t, type Severity } from '../core/index';
import type { FileResult, LocatedFinding } from './fileResult';
import { escapeHtml } from './htmlEscape';
import { htmlGrid } from './htmlGrid';
import { htmlPage } from './htmlPage';
import type { OutputFormat } from './output';
import { placeOf } from './place';
import { formatLabel } from './reportLabels';
import { describeRuleCounts, ruleCounts } from './ruleCounts';
import { severityCounts, Totals } from './totals';

/** Rules named in the table of reports, the commonest first. */
const COMMONEST_RULES = 3;

/**
 * One page a reviewer can hand on: a sortable table of every report (agency,
 * year, format version, errors, warnings, commonest rules), then each report's
 * findings, the table around each one in a statistical table drawn with the
 * cell marked. The results are held until the end, as the table comes first.
 */
export const htmlFormat: OutputFormat<FileResult> = {
  detail: { edits: false, grids: true },
  piece: (r) => r,
  start(write) {
    const results: FileResult[] = [];
    const totals = new Totals();
    return {
      add(r, tally) {
        results.push(r);
        totals.add(tally);
      },
      end(skipped) {
        const title = t('Review of annual reports on government information disclosure');
        const body = [`<h1>${escapeHtml(title)}</h1>`, `<p>${escapeHtml(totals.line(skipped))}</p>`, reportTable(results), ...results.map(reportSection)];
        write(htmlPage(title, body.join('\n')));
      },
    };
  },
};

function reportTable(results: readonly FileResult[]): string {
  const headings = [t('File'), t('Agency'), t('Year'), t('Format version'), t('Errors'), t('Warnings'), t('Commonest rules')];
  const head = headings.map((h) => `<th scope="col"><button type="button">${escapeHtml(h)}</button></th>`).join('');
  const rows = results.map((r, i) => {
    const { errors, warnings } = severityCounts(r);
    const facts = r.report;
    const year = facts?.year?.value;
    const cells = [
      `<td><a href="#report-${i}">${escapeHtml(r.file)}</a></td>`,
      `<td>${escapeHtml(facts?.agency ?? '')}</td>`,
      `<td class="number">${year ?? ''}</td>`,
      `<td>${facts ? escapeHtml(formatLabel(facts.format)) : ''}</td>`,
      `<td class="number">${errors}</td>`,
      `<td class="number">${warnings}</td>`,
      `<td>${escapeHtml(facts ? describeRuleCounts(ruleCounts(r.findings).slice(0, COMMONEST_RULES)) : `${t('error')}: ${r.error}`)}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="reports"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function reportSection(r: FileResult, i: number): string {
  const parts = [`<section class="report" id="report-${i}">`, `<h2>${escapeHtml(r.file)}</h2>`];
  if (r.error) parts.push(`<p class="note">${escapeHtml(r.error)}</p>`);
  if (r.report) parts.push(r.findings.length ? `<ol>${r.findings.map(findingItem).join('\n')}</ol>` : `<p>${escapeHtml(t('No problems found'))}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

function findingItem(f: LocatedFinding): string {
  const line = `<span class="severity">${escapeHtml(severityLabel(f.severity))}</span> <code>${escapeHtml(f.rule)}</code> ${escapeHtml(placeOf(f))} ${escapeHtml(f.message)}`;
  return `<li class="${f.severity}">${line}${f.grid ? htmlGrid(f.grid) : ''}</li>`;
}

function severityLabel(severity: Severity): string {
  if (severity === 'error') return t('error');
  if (severity === 'warning') return t('warning');
  return severity === 'information' ? t('information') : t('hint');
}
