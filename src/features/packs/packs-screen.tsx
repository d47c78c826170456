import { BankSectionNav } from '../../ui/bank-section-nav';
import { PackImport } from './pack-import';
import { PackList } from './pack-list';

export function PacksScreen() {
  return (
    <section aria-labelledby="packs-title">
      <h1 id="packs-title">Question packs</h1>
      <BankSectionNav />
      <p className="muted">
        A pack is a file of questions in Bastion’s pack format, like the file My questions exports. Import one from a study-group lead or
        another author (it is checked in full first, and nothing changes if it is refused), and choose which packs practice, review and
        exams draw from.
      </p>
      <PackImport />
      <PackList />
    </section>
  );
}
