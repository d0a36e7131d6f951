// Import: another tracker's export into your history. One file picker per
// format; each chosen file becomes one job (POST /api/v1/imports), sent in
// order, one after the other; each job has its progress bar (sending, then
// the server's state) and, when it ends, its summary with the rows skipped
// and the notes, or the server's error in words.
import { ApiError, get, upload } from './api';
import { field, h, uid } from './dom';
import type { ImportJob, ImportJobCreated, ImportSummary } from './types';

interface Format {
  key: 'mfp' | 'cronometer' | 'apple-health';
  label: string;
  accept: string;
  hint: string;
}

const FORMATS: Format[] = [
  { key: 'mfp', label: 'MyFitnessPal', accept: '.zip,application/zip,.csv,text/csv',
    hint: 'The export\'s ZIP as e-mailed, or its Nutrition-Summary, Measurement-Summary and Exercise-Summary CSV files.' },
  { key: 'cronometer', label: 'Cronometer', accept: '.csv,text/csv,.zip,application/zip',
    hint: 'servings, dailysummary, biometrics, exercises and notes (CSV).' },
  { key: 'apple-health', label: 'Apple Health', accept: '.zip,application/zip,.xml,text/xml,application/xml',
    hint: 'The export.zip from the Health app, or the export.xml in it: its weigh-ins.' },
];

const POLL_MS = 500;

// The share of the bar for each stage: sending the file is the first 40%.
function percentOf(job: ImportJob): number {
  if (job.state === 'done' || job.state === 'failed') return 100;
  if (job.state === 'queued') return 40;
  return job.progress.bytes_total > 0 && job.progress.bytes_read >= job.progress.bytes_total ? 80 : 60;
}

function stateText(job: ImportJob): string {
  if (job.state === 'queued') return 'Waiting for the server';
  if (job.state === 'running') {
    return job.progress.bytes_read >= job.progress.bytes_total
      ? `Writing ${job.progress.rows_read.toLocaleString('en-US')} rows` : 'Reading the file';
  }
  return job.state === 'done' ? 'Done' : 'Failed';
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function summaryView(s: ImportSummary): HTMLElement {
  const counts = [
    plural(s.entries, 'diary entry', 'diary entries') + ` on ${plural(s.days, 'day', 'days')}`,
    plural(s.weights, 'weigh-in', 'weigh-ins'),
    plural(s.exercises, 'exercise entry', 'exercise entries'),
    plural(s.foods, 'food', 'foods'),
  ];
  const box = h('div', { class: 'import-summary' },
    h('p', {}, `Imported ${counts.join(', ')}.`));
  if (s.unchanged_files.length) {
    box.append(h('p', { class: 'note' }, `Imported before, nothing changed: ${s.unchanged_files.join(', ')}.`));
  }
  if (s.skipped > 0) {
    const shown = s.problems.length < s.skipped ? ` (the first ${s.problems.length} listed)` : '';
    const headingId = uid('skipped');
    box.append(
      h('h3', { id: headingId }, `${plural(s.skipped, 'row', 'rows')} skipped${shown}`),
      h('ul', { class: 'problems', 'aria-labelledby': headingId }, ...s.problems.map((p) =>
        h('li', {}, h('span', { class: 'where' }, p.line > 0 ? `${p.file}, line ${p.line}: ` : `${p.file}: `), p.reason))));
  }
  if (s.notes.length) {
    const notesId = uid('notes');
    box.append(h('h3', { id: notesId }, 'Notes'),
      h('ul', { class: 'notes', 'aria-labelledby': notesId }, ...s.notes.map((n) => h('li', {}, n))));
  }
  return box;
}

// One file's job, from sending it to its summary or error.
class JobCard {
  readonly element: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly status: HTMLElement;
  private readonly result: HTMLElement;

  constructor(private readonly file: File, private readonly format: Format) {
    this.fill = h('div', { class: 'import-fill' });
    this.bar = h('div', { class: 'import-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100',
      'aria-valuenow': '0', 'aria-label': `Import of ${file.name}` }, this.fill);
    this.status = h('p', { class: 'hint', role: 'status' }, 'Sending the file');
    this.result = h('div', {});
    this.element = h('li', { class: 'card import-job' },
      h('h3', {}, `${format.label}: ${file.name}`), this.bar, this.status, this.result);
  }

  private show(percent: number, text: string): void {
    const value = String(Math.round(percent));
    this.bar.setAttribute('aria-valuenow', value);
    this.bar.setAttribute('aria-valuetext', `${value}%: ${text}`);
    this.fill.style.width = `${value}%`;
    this.status.textContent = text;
  }

  private fail(message: string): void {
    this.show(100, 'Failed');
    this.bar.classList.add('failed');
    this.result.replaceChildren(h('p', { role: 'alert', class: 'error' }, message));
  }

  // Sends the file and follows the job to its end.
  async run(query: string): Promise<void> {
    let created: ImportJobCreated;
    try {
      created = await upload<ImportJobCreated>(
        `/imports?format=${this.format.key}&name=${encodeURIComponent(this.file.name)}${query}`, this.file,
        (sent) => this.show(sent * 40, `Sending the file: ${Math.round(sent * 100)}%`));
    } catch (e) {
      return this.fail(`Not imported: ${(e as Error).message}`);
    }
    for (;;) {
      let job: ImportJob;
      try {
        job = await get<ImportJob>(`/imports/${created.id}`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return this.fail('You were signed out; sign in and import the file again.');
        return this.fail(`The import's progress could not be read: ${(e as Error).message}`);
      }
      if (job.state === 'failed') return this.fail(job.error ?? 'The import failed.');
      this.show(percentOf(job), stateText(job));
      if (job.state === 'done') {
        if (job.summary) this.result.replaceChildren(summaryView(job.summary));
        return;
      }
      await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    }
  }
}

export function renderImport(main: HTMLElement): void {
  const headingId = uid('import');
  const jobs = h('ol', { class: 'import-jobs', 'aria-label': 'Imports' });
  let queue: Promise<void> = Promise.resolve();

  const picker = (format: Format): HTMLElement => {
    const input = h('input', { type: 'file', multiple: true, accept: format.accept });
    let unit: HTMLSelectElement | null = null;
    const controls = h('div', { class: 'card import-format' },
      h('h2', {}, format.label),
      field(`${format.label} files`, input, format.hint));
    if (format.key === 'mfp') {
      unit = h('select', {},
        h('option', { value: '' }, 'As the Exercise-Summary says'),
        h('option', { value: 'kg' }, 'kg'),
        h('option', { value: 'lb' }, 'lb'));
      controls.append(field('Weights are in', unit,
        'MyFitnessPal\'s Measurement-Summary does not say; choose the unit when you import it alone.'));
    }
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      const query = unit && unit.value ? `&weight_unit=${unit.value}` : '';
      // One job per file, in the order chosen, each after the one before.
      for (const file of files) {
        const card = new JobCard(file, format);
        jobs.append(card.element);
        queue = queue.then(() => card.run(query));
      }
      input.value = '';
    });
    return controls;
  };

  main.append(
    h('section', { class: 'import', 'aria-labelledby': headingId },
      h('h1', { id: headingId }, 'Import your data'),
      h('p', {}, 'Bring your diary, weigh-ins and exercise from another tracker. Each file is checked before any of ' +
        'it is written; importing the same file again changes nothing; what you logged here is never touched.'),
      h('div', { class: 'import-formats' }, ...FORMATS.map(picker)),
      jobs));
}
