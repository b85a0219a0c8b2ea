// The side panel (Chrome) / sidebar (Firefox): the terms of the active tab, following the reader's hovers.
import { render } from 'preact';
import { PanelApp } from './PanelApp';
import '../ui/theme.css';
import './panel.css';

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
