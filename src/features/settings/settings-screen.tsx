import { saveSetting, useSetting, type ThemeChoice } from '../../data/settings-repo';
import { BackupPanel } from './backup-panel';
import { StudySettings } from './study-settings';

const themes: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Follow the system setting' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsScreen() {
  const theme = useSetting('theme');
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <fieldset className="card">
        <legend>Theme</legend>
        {themes.map((t) => (
          <label key={t.value} style={{ display: 'block' }}>
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={theme === t.value}
              onChange={() => void saveSetting('theme', t.value)}
            />{' '}
            {t.label}
          </label>
        ))}
      </fieldset>
      <StudySettings />
      <div className="card">
        <h2>Your data</h2>
        <p>
          Everything you do in Bastion (answers, schedules, plans and settings) is stored only in this browser, in IndexedDB. Nothing is
          sent to any server; there is no account.
        </p>
      </div>
      <BackupPanel />
    </section>
  );
}
