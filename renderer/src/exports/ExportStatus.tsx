import { ErrorAlert } from '../ui/ErrorAlert';
import type { useExport } from './use-export';

/** What an export says while it runs or once done, and why it failed. */
export function ExportStatus(props: { exporter: ReturnType<typeof useExport> }): React.JSX.Element {
  const { exporter } = props;
  return (
    <>
      {exporter.status && (
        <p className="hint" role="status">
          {exporter.status}
        </p>
      )}
      <ErrorAlert error={exporter.error} />
    </>
  );
}
