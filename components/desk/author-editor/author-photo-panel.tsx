"use client";

import { useActionState } from "react";
import { removeAuthorPhoto } from "@/app/admin/authors/actions";
import { FormNotice } from "@/components/desk/episode-editor/form-notice";
import { Button } from "@/components/ui/button";
import { FileUpload } from "@/components/ui/file-upload";
import { IDLE, type FormState } from "@/lib/forms/form-state";

interface Props {
  id: string;
  name: string;
  photoUrl: string | null;
  maxPhotoLabel: string;
}

/** The author's photo: shown, replaced by an upload, or removed. Its alt text is the author's name. */
export function AuthorPhotoPanel({ id, name, photoUrl, maxPhotoLabel }: Props) {
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => removeAuthorPhoto(form), IDLE);
  return (
    <div className="space-y-4">
      {photoUrl ? (
        // Uploaded photos are served as they are from /media; no image optimiser sits in between.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={photoUrl} alt={name} width={128} height={128} className="h-32 w-32 rounded-full object-cover" />
      ) : (
        <p>No photo yet.</p>
      )}
      <FileUpload
        url={`/admin/uploads/author-photos?author=${encodeURIComponent(id)}`}
        label={photoUrl ? "Replace the photo" : "Upload a photo"}
        hint={`JPEG, PNG or WebP, up to ${maxPhotoLabel}. A square photo looks best.`}
        accept="image/jpeg,image/png,image/webp"
        buttonLabel="Upload photo"
      />
      {photoUrl && (
        <form action={action}>
          <input type="hidden" name="id" value={id} />
          <FormNotice state={state} />
          <Button variant="secondary" disabled={pending}>
            Remove the photo
          </Button>
        </form>
      )}
    </div>
  );
}
