/**
 * Connect to any Neo4j: address, user, password, database. The address, user and database are
 * remembered for this browser session; the password only in memory (never stored, never in the URL).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useNeo4j } from "../../../app/neo4j-context.tsx";
import { useI18n } from "../../../lib/i18n.tsx";

const URI_SCHEMES = /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/\S+$/;

export function ConnectionDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const { uri, username, database, connect, serverDefault, connectToServerDefault } = useNeo4j();
  const id = useId();
  const [form, setForm] = useState({ uri, username: username || "neo4j", password: "", database: database ?? "" });
  const [invalid, setInvalid] = useState(false);
  const first = useRef<HTMLInputElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!URI_SCHEMES.test(form.uri.trim())) {
      setInvalid(true);
      return;
    }
    connect({ uri: form.uri.trim(), username: form.username.trim(), password: form.password, ...(form.database.trim() ? { database: form.database.trim() } : {}) });
    onClose();
  };
  const field = (name: keyof typeof form, label: string, type = "text") => (
    <label className="form-field">
      {label}
      <input
        ref={name === "uri" ? first : undefined}
        type={type}
        name={name}
        value={form[name]}
        autoComplete={name === "password" ? "current-password" : "off"}
        aria-invalid={name === "uri" && invalid}
        aria-describedby={name === "uri" && invalid ? `${id}-uri-error` : name === "database" ? `${id}-db-hint` : undefined}
        onChange={(e) => {
          setForm({ ...form, [name]: e.target.value });
          if (name === "uri") setInvalid(false);
        }}
      />
    </label>
  );

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} className="dialog" onKeyDown={(e) => e.key === "Escape" && onClose()}>
        <h2 id={`${id}-title`}>{t("connection.dialogTitle")}</h2>
        <form onSubmit={submit}>
          {field("uri", t("connection.uri"))}
          {invalid && (
            <p id={`${id}-uri-error`} className="field-error" role="alert">
              {t("connection.badUri")}
            </p>
          )}
          {field("username", t("connection.username"))}
          {field("password", t("connection.password"), "password")}
          {field("database", t("connection.database"))}
          <p id={`${id}-db-hint`} className="panel-note">
            {t("connection.databaseHint")}
          </p>
          <p className="panel-note">{t("connection.passwordNote")}</p>
          <div className="button-row dialog-buttons">
            {serverDefault && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  connectToServerDefault();
                  onClose();
                }}
              >
                {t("connection.serverDefault")}
              </button>
            )}
            <span className="spacer" />
            <button type="button" className="button" onClick={onClose}>
              {t("connection.cancel")}
            </button>
            <button type="submit" className="button primary">
              {t("connection.connect")}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
