"use client";

import { useActionState } from "react";
import { saveAuthorDetails } from "@/app/admin/authors/actions";
import { FormNotice } from "@/components/desk/episode-editor/form-notice";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { AUTHOR_LIMITS } from "@/lib/desk/authors/author-schema";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export interface AuthorDetails {
  id?: string;
  name: string;
  slug: string;
  location: string;
  bio: string;
}

/** Name, address, location and bio of a new or existing author. */
export function AuthorForm({ author }: { author: AuthorDetails }) {
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => saveAuthorDetails(form), IDLE);
  const value = (name: keyof AuthorDetails) => state.values?.[name] ?? author[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4" aria-label="Author details">
      {author.id && <input type="hidden" name="id" value={author.id} />}
      <FormNotice state={state} />
      <TextField name="name" label="Name" required maxLength={AUTHOR_LIMITS.maxName} defaultValue={value("name")} errors={errors("name")} />
      <TextField
        name="slug"
        label="Address"
        hint={author.id ? "Their page: /authors/<this>." : "Leave empty to make one from the name."}
        defaultValue={value("slug")}
        errors={errors("slug")}
      />
      <TextField
        name="location"
        label="Location"
        hint="Where they report from; bylines read “By Name in Location”."
        maxLength={AUTHOR_LIMITS.maxLocation}
        defaultValue={value("location")}
        errors={errors("location")}
      />
      <TextAreaField
        name="bio"
        label="Bio"
        hint="Plain text; leave a blank line between paragraphs."
        rows={6}
        maxLength={AUTHOR_LIMITS.maxBio}
        defaultValue={value("bio")}
        errors={errors("bio")}
      />
      <Button disabled={pending}>{author.id ? "Save author" : "Create author"}</Button>
    </form>
  );
}
