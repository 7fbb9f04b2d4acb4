// The views built as scripts of their own (批量检查, 导入已有报告) are built with React left out: they take the
// page's, from this global (src/ui/batch/sharedReact.cjs), so that there is one React and one set of hooks.
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';

(window as unknown as { XxgkShared: unknown }).XxgkShared = { React, jsxRuntime };
