import { Component, type ComponentChildren } from "preact";
import { EmptyState } from "./empty-state.tsx";

interface State {
  failed: boolean;
}

/** If rendering ever throws, show the calm error screen instead of an empty popup. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { failed: false };

  static override getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("Fogwatch popup failed to render", error);
  }

  override render() {
    return this.state.failed ? <EmptyState variant="error" /> : this.props.children;
  }
}
