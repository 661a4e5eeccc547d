import { renderReportXlsx } from '@parent-partner/reports/xlsx';
import { buildCallReport } from './report';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes, with no Buffer and no btoa: the workbook leaves the runtime as text. */
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index]!;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    parts.push(
      BASE64[a >> 2]! +
        BASE64[((a & 3) << 4) | ((b ?? 0) >> 4)]! +
        (b === undefined ? '=' : BASE64[((b & 15) << 2) | ((c ?? 0) >> 6)]!) +
        (c === undefined ? '=' : BASE64[c & 63]!),
    );
  }
  return parts.join('');
}

/** Renders the report as an XLSX workbook, returned as base64. */
export async function run(): Promise<unknown> {
  const bytes = await renderReportXlsx(buildCallReport());
  return { xlsx: toBase64(bytes), isUint8Array: bytes instanceof Uint8Array };
}
