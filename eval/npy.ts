// A NumPy .npy array of little-endian float32 values, as the GloVe package ships its vectors.

export interface Npy {
  shape: number[];
  /** Value (row, column) of a two-dimensional array, in whichever order the file stores them. */
  at: (row: number, column: number) => number;
}

export function readNpy(bytes: Uint8Array): Npy {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6]!;
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes.subarray(start, start + headerLen));
  if (!header.includes("'<f4'")) throw new Error(`expected little-endian float32 values, got ${header}`);
  const shape = /'shape': \((\d+), (\d+)\)/.exec(header)!.slice(1).map(Number);
  const [rows, columns] = shape as [number, number];
  const offset = start + headerLen;
  const data = new Float32Array(bytes.slice(offset, offset + rows * columns * 4).buffer);
  // GloVe's package stores its array column by column (Fortran order): read row by row, every vector is a stripe of
  // unrelated words' values, and the clusters built from them were noise until 2026-11-28.
  const fortran = /'fortran_order': True/.test(header);
  return { shape, at: fortran ? (r, c) => data[c * rows + r]! : (r, c) => data[r * columns + c]! };
}
