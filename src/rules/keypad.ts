import type { Department, Directory } from "./directory.ts";
import { perDirectory } from "./per-directory.ts";

/**
 * The keypad menu: the digits the directory gives its departments, or, when it gives none, the
 * operator on 0 and the other departments on 1 to 8 in the directory's order. 9 always
 * switches language.
 */

export interface KeypadItem {
  key: string;
  department: Department;
}

export const keypadMenu: (dir: Directory) => readonly KeypadItem[] = perDirectory((dir) =>
  Object.freeze(build(dir)),
);

function build(dir: Directory): KeypadItem[] {
  const given = dir.departments.filter((d) => d.keypad !== undefined);
  if (given.length > 0) {
    return given
      .map((department) => ({ key: department.keypad as string, department }))
      .sort((a, b) => Number(a.key) - Number(b.key));
  }
  const operator = dir.departments.find((d) => d.key === dir.organisation.operatorDepartment);
  const others = dir.departments.filter((d) => d !== operator).slice(0, 8);
  return [
    ...(operator ? [{ key: "0", department: operator }] : []),
    ...others.map((department, i) => ({ key: String(i + 1), department })),
  ].sort((a, b) => Number(a.key) - Number(b.key));
}

/** The department a key stands for, if any. */
export function departmentByKey(dir: Directory, key: string): Department | undefined {
  return keypadMenu(dir).find((item) => item.key === key)?.department;
}

/**
 * Two of the organisation's own departments, as examples of what a caller may ask for: the
 * first two in the directory that are neither the operator nor the emergency line.
 */
export function exampleDepartments(dir: Directory): [Department, Department] | null {
  const { operatorDepartment, emergencyDepartment } = dir.organisation;
  const fit = dir.departments.filter(
    (d) => d.key !== operatorDepartment && d.key !== emergencyDepartment,
  );
  const [a, b] = fit.length >= 2 ? fit : dir.departments;
  return a && b ? [a, b] : null;
}
