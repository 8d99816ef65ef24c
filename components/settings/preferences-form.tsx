"use client";

import { useActionState, useEffect, useState } from "react";
import { savePreferencesAction } from "@/app/(study)/settings/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { input, label } from "@/components/ui/styles";

export function PreferencesForm({ user, zones }: { user: { name: string; timeZone: string; dayStartHour: number }; zones: string[] }) {
  const [state, action] = useActionState(savePreferencesAction, null);
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="Study preferences">
      <FormMessage state={state} />
      <Field label="Name" name="name" defaultValue={user.name} required errors={e?.name} />
      <div className="flex flex-col gap-1">
        <label htmlFor="timeZone" className={label}>Time zone</label>
        <select id="timeZone" name="timeZone" defaultValue={user.timeZone} className={input}>
          {zones.map((z) => <option key={z} value={z}>{z}</option>)}
        </select>
        {browserZone && browserZone !== user.timeZone && (
          <p className="text-xs text-slate-500">This device is set to {browserZone}.</p>
        )}
        {e?.timeZone && <p className="text-sm text-red-600">{e.timeZone.join(" ")}</p>}
      </div>
      <Field label="Next day starts at (hour, 0–23)" name="dayStartHour" type="number" min={0} max={23} defaultValue={user.dayStartHour}
        hint="Like Anki's 4 am: reviews after midnight still count for the day before." errors={e?.dayStartHour} />
      <SubmitButton>Save preferences</SubmitButton>
    </form>
  );
}
