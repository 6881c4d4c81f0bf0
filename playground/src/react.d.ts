// Just enough of React's types for this entry and for GraphiQL's public props. The project does not install
// @types/react; if it ever does, delete this file.
declare module 'react' {
  export interface ReactElement {
    readonly type: unknown;
    readonly props: unknown;
    readonly key: string | null;
  }
  export type ReactNode =
    ReactElement | string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;
  export type FC<P = object> = (props: P) => ReactNode;
  export type ComponentPropsWithoutRef<T> = T extends FC<infer P> ? Omit<P, 'ref'> : never;
  export function createElement<P extends object>(
    type: FC<P>,
    props: P,
    ...children: ReactNode[]
  ): ReactElement;
  export const StrictMode: FC<{ children?: ReactNode }>;
}

declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}
