import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

// Look-ahead into a resolver's selection set, so one statement can fetch what the fields below will read (and
// leave out what none of them will).

/** The fields named `name` in a selection set, looking through inline fragments and fragment spreads. */
export function fieldsNamed(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  name: string,
): FieldNode[] {
  return allFields(info, set).filter((field) => field.name.value === name);
}

/** Every field of a selection set, looking through inline fragments and fragment spreads. */
function allFields(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) found.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) found.push(...allFields(info, selection.selectionSet));
    else found.push(...allFields(info, info.fragments[selection.name.value]?.selectionSet));
  }
  return found;
}

/** Whether some path of field names (the last step any of several) is selected below `field`. */
export function selects(
  info: GraphQLResolveInfo,
  field: FieldNode,
  path: readonly (string | readonly string[])[],
): boolean {
  const [step, ...rest] = path;
  if (step === undefined) return true;
  const names = typeof step === 'string' ? [step] : step;
  return names.some((name) =>
    fieldsNamed(info, field.selectionSet, name).some((child) => selects(info, child, rest)),
  );
}

/**
 * Whether every field selected at `path` below the resolver's field (in each of its occurrences) is one of
 * `fields`: then a statement may project only those. False when in doubt (a field not listed, even if skipped).
 */
export function selectsOnly(
  info: GraphQLResolveInfo,
  path: readonly string[],
  fields: ReadonlySet<string>,
): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) level = level.flatMap((node) => fieldsNamed(info, node.selectionSet, name));
  return level.every((node) => allFields(info, node.selectionSet).every((f) => fields.has(f.name.value)));
}

/** Entity fields a card projection (id, kind, name) answers; anything else needs the whole entity row. */
export const CARD_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'kind', 'name']);

/**
 * Whether the entities at every one of `paths` below the resolver's field are read as cards only (CARD_FIELDS):
 * then a statement may ship them as cards. A path nothing selects reads nothing.
 */
export function selectsOnlyCards(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): boolean {
  return paths.every((path) => selectsOnly(info, path, CARD_FIELDS));
}
