// The reader's tab page (placeholder until the reader lands).
import { render } from 'preact';
import { structure } from '../article/source/structure';
import { zhHans } from '../article/source/zh-hans';

const root = document.getElementById('app');
if (root) render(<h1>{zhHans[structure.meta.title]}</h1>, root);
