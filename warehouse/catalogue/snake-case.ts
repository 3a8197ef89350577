/** A catalogue name as a warehouse or publication column: `outOfBandRate` → `out_of_band_rate`. */
export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
