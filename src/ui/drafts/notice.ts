/** The line under the header: what an action did, or why it changed nothing. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export type SetNotice = (notice: Notice | null) => void;
