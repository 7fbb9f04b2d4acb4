// A render error in one part of the page (a step, 审阅模式, 批量检查, a dialog) shows one sentence in that part's
// place, with 重试 and the error's details for support; the header, the step list, the other steps and the
// autosave go on working. The boundary only shows: it never writes to the report (what was typed stays saved).
// React 19 still catches render errors only in a class component with getDerivedStateFromError.
import { Component, type ErrorInfo, type ReactNode } from 'react';

declare global {
  interface Window {
    /**
     * Test hook (e2e/error-boundary.spec.ts): the boundary whose `place` equals this string (a step's key such
     * as `requests`, or `review`, `batch`, `import`, `recent`…) has its content throw while it renders. Read only
     * in render, set only from outside the page's code (a test's `page.evaluate`, the console): no report
     * content, file or stored data can reach it.
     */
    __xxgkThrowIn?: string;
  }
}

type Content = ReactNode | (() => ReactNode);

/** The one sentence of a part that failed to show: what failed, that nothing is lost, what to do. */
export const failedToShow = (part: string, then: string, kept = '已填写的内容') =>
  `${part}显示时出错，${kept}没有丢失。请${then}，或刷新页面。`;

/**
 * The boundary's content, rendered below it (so that what throws here is caught): the content as given, or a
 * function's result (what a parent would otherwise compute in its own render, outside the boundary). Throws
 * when the test hook names the place.
 */
function Content({ place, children }: { place: string; children: Content }) {
  if (window.__xxgkThrowIn === place) throw new Error(`__xxgkThrowIn: ${place}`);
  return typeof children === 'function' ? children() : children;
}

interface Props {
  /** The place's name for the test hook (see `__xxgkThrowIn`). */
  place: string;
  /** The one sentence shown instead of the content: what failed, that nothing is lost, what to do. */
  message: string;
  /** A second button beside 重试 that leaves the failed part (a dialog's 关闭, 返回填写). */
  leave?: { label: string; onClick(): void };
  /** Inside a dialog: the fallback keeps the dialog's box and name (`className`, `label`). */
  dialog?: { className: string; label: string };
  children: Content;
}

interface State {
  /** The error as text (`Error: …`), '' while all is well. */
  error: string;
  componentStack?: string | null;
}

// No class fields (state = …): they would bring the bundler's defineProperty helpers into the first screen.
export class ErrorBoundary extends Component<Props, State> {
  constructor(props: Props) {
    super(props);
    this.state = { error: '' };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: String(error) || 'Error' };
  }

  componentDidCatch(_error: unknown, info: ErrorInfo) {
    // React itself reports the error to the console; the stack is kept for the 技术信息 shown to the clerk
    this.setState({ componentStack: info.componentStack });
  }

  render() {
    const { error, componentStack } = this.state;
    const { place, message, leave, dialog, children } = this.props;
    if (!error) return <Content place={place}>{children}</Content>;
    const fallback = (
      <div className="error-boundary">
        <p className="notice notice-error" role="alert">
          {message}
        </p>
        <p>
          <button type="button" onClick={() => this.setState({ error: '' })}>
            重试
          </button>
          {leave && (
            <button type="button" onClick={leave.onClick}>
              {leave.label}
            </button>
          )}
        </p>
        <details>
          <summary>技术信息</summary>
          <pre>
            {error}
            {componentStack}
          </pre>
        </details>
      </div>
    );
    if (!dialog) return fallback;
    return (
      <div className={dialog.className} role="dialog" aria-label={dialog.label}>
        {fallback}
      </div>
    );
  }
}
