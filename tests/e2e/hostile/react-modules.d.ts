// The slice of React's API the hydration test uses (@types/react is not installed; react is a dev dependency for this test only).
declare module 'react' {
  export function createElement(type: unknown, props?: unknown, ...children: unknown[]): unknown;
  export function useState<T>(initial: T): [T, (next: T) => void];
  export function useEffect(effect: () => void, deps: readonly unknown[]): void;
}
declare module 'react-dom/server' {
  export function renderToString(element: unknown): string;
}
