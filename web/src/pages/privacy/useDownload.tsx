// Downloading a file that the server may take a while to make (exports, reports): the button shows
// it is busy, a live region says what is happening, and a failure is shown in words.
import { useRef, useState } from 'react';
import { fetchFile, saveFile } from '../../api-privacy';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { useT } from '../../lang';
import { messageOf } from '../security/problems';

export function useDownload() {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  async function download(key: string, path: string, fallbackName: string) {
    if (running.current) return;
    running.current = true;
    setBusy(key);
    setError(null);
    setStatus(t('privacy.download.busy'));
    try {
      const file = await fetchFile(path, fallbackName);
      saveFile(file);
      setStatus(t('privacy.download.done', { name: file.filename }));
    } catch (err) {
      setStatus('');
      setError(isApiError(err, 401) ? t('privacy.download.loggedOut') : messageOf(err, t));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  return { busy, status, error, download };
}

/** The live region and the error of a download; keep it next to the buttons. */
export function DownloadStatus({ status, error }: { status: string; error: string | null }) {
  return (
    <>
      <p className="utrecht-paragraph doorbraak-download-status" role="status" aria-live="polite">
        {status}
      </p>
      {error ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      ) : null}
    </>
  );
}
