// The toolbar popup: for now the article's title and its questions.
import { render } from 'preact';
import { structure } from '../article/source/structure';
import { zhHans } from '../article/source/zh-hans';
import { langFromLocale } from '../ui/strings';
import { common } from '../ui/strings/common';

function Popup() {
  const t = common[langFromLocale(navigator.language)];
  const { meta, sections } = structure;
  return (
    <main>
      <h1>{t.appName}</h1>
      <p>
        {zhHans[meta.title]} · {meta.author} · {meta.date}
      </p>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>{section.question.map((id) => zhHans[id]).join('')}</li>
        ))}
      </ol>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
