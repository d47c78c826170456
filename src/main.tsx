import { previewStarterText } from './app/first-visit-gate';
import { showFirstVisitPreview } from './app/first-visit-preview';
import './app/styles.css';

/**
 * Start-up. This chunk holds React, the styles and the first-visit preview only; the app (router,
 * database, screens) is a chunk of its own, requested at once, except on a visit with a preview,
 * where it waits for the preview's paint so its evaluation does not hold that paint back.
 */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const preview = previewStarterText ? showFirstVisitPreview(root, previewStarterText) : undefined;
void (preview ? afterNextPaint() : Promise.resolve()).then(async () => (await import('./app/start-app')).startApp(root, preview));

/** After the frame being drawn is painted; a hidden page paints nothing, so only a task is waited for. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState !== 'visible') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
