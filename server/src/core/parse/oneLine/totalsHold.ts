/**
 * The identity that tells a split of 表三 and 表四 rows: every group of `width`
 * values ends with the sum of the ones before it (a 表三 row's 总计, each 表四 group's 总计).
 */
export function totalsHold(width: number): (values: number[]) => boolean {
  return (values) => {
    for (let g = 0; g + width <= values.length; g += width) {
      const parts = values.slice(g, g + width - 1).reduce((a, b) => a + b, 0);
      // Decimals sum with binary noise; cells are read to at most a few places.
      if (Math.abs(parts - values[g + width - 1]) > 1e-6) return false;
    }
    return true;
  };
}
