// The toolbar popup: the reader, and what AIGC Lens found on the active tab.
import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '../ui/theme.css';
import '../reading/reading.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
