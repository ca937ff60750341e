import { useI18n, type Lang } from "../../../lib/i18n.tsx";

const CHOICES: { lang: Lang; short: string; name: string }[] = [
  { lang: "en", short: "EN", name: "English" },
  { lang: "vi", short: "VI", name: "Tiếng Việt" },
];

/** English or Vietnamese, each named in its own language. */
export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="language-toggle" role="group" aria-label={t("lang.label")}>
      {CHOICES.map((choice) => (
        <button key={choice.lang} type="button" lang={choice.lang} aria-pressed={lang === choice.lang} title={choice.name} onClick={() => setLang(choice.lang)}>
          {choice.short}
          <span className="visually-hidden"> – {choice.name}</span>
        </button>
      ))}
    </div>
  );
}
