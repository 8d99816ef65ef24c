"use client";

import { useActionState } from "react";
import { updateSourceAuthorAction } from "@/app/(teach)/import/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonSecondary } from "@/components/ui/styles";
import { META_MAX } from "@/lib/import/metadata/clean";

/** The book's author on an import's page: taken from the file when it names one, editable here. */
export function AuthorForm({ sourceId, author }: { sourceId: string; author: string | null }) {
  const [state, action] = useActionState(updateSourceAuthorAction.bind(null, sourceId), null);
  const errors = state && !state.ok ? state.fieldErrors?.author : undefined;
  const typed = state && !state.ok ? state.values?.author : undefined;
  return (
    <form action={action} className="flex max-w-xl flex-wrap items-end gap-2" aria-label="Book's author">
      <div className="min-w-64 flex-1">
        <Field label="Author" name="author" maxLength={META_MAX} defaultValue={typed ?? author ?? ""} errors={errors}
          hint="Who wrote the book (it names the narrator of a memoir or journal when cards are regenerated). Empty for none." />
      </div>
      <SubmitButton className={buttonSecondary} pendingText="Saving…">Save author</SubmitButton>
      <div className="w-full"><FormMessage state={state} /></div>
    </form>
  );
}
